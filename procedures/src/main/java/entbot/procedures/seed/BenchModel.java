package entbot.procedures.seed;

import entbot.procedures.model.School;
import entbot.procedures.model.Uai;
import java.sql.Connection;
import java.sql.SQLException;

/** A large generated ENT for benchmarks: {@code schools} collèges of about 1,000 people each. */
public final class BenchModel {
  /** 17 classes x 32 pupils, ~70 % of pupils with a parent account, 60 teachers, 12 staff: ~1,000 people. */
  public static final SchoolGenerator.Shape SHAPE =
      new SchoolGenerator.Shape(SchoolGenerator.collegeClasses(), 32, 70, 60);

  private BenchModel() {}

  /** The n-th generated school: UAI 0100000A, 0100001B... */
  public static School school(int n) {
    String uai = String.format("%07d", 100_000 + n) + (char) ('A' + n % 26);
    return new School(new Uai(uai), "CLG-BANC " + n + "-ac-ESSAI");
  }

  public static void build(Connection connection, int schools) throws SQLException {
    // A bulk load in one transaction: a page cache big enough for the indexes keeps SQLite from
    // spilling to the log and reading back (native memory, not Java heap).
    try (var statement = connection.createStatement()) {
      statement.execute("PRAGMA cache_size = -262144");
    }
    try (ModelWriter writer = new ModelWriter(connection)) {
      for (int n = 0; n < schools; n++) {
        new SchoolGenerator(writer, n).generate(school(n), SHAPE);
      }
    }
  }
}
