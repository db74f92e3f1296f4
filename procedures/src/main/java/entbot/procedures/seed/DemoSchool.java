package entbot.procedures.seed;

import entbot.procedures.model.School;
import entbot.procedures.model.Uai;
import java.sql.SQLException;

/** The demo school of the guides: CLG-OLYMPE DE GOUGES-ac-TOULOUSE (0820588U), about 600 made-up people. */
public final class DemoSchool {
  public static final School SCHOOL = new School(new Uai("0820588U"), "CLG-OLYMPE DE GOUGES-ac-TOULOUSE");
  /** Fixed so that every {@code ent init --demo} builds the same people with the same logins. */
  private static final long SEED = 820588L;

  private DemoSchool() {}

  public static void populate(ModelWriter writer) throws SQLException {
    new SchoolGenerator(writer, SEED)
        .generate(SCHOOL, new SchoolGenerator.Shape(SchoolGenerator.collegeClasses(), 22, 55, 36));
  }
}
