package jp.kenpo.kennin.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * The hexagon's dependency rules, checked on the compiled classes of every module (only this
 * module sees them all). Rules about modules that may not exist yet in a partial build allow an
 * empty subject; the dependency directions themselves are also enforced by the Maven poms.
 * Test code is left out, including the other modules' test-jars on this module's classpath.
 * {@link ArchitectureRulesBiteTest} shows every rule here failing on a planted violation; a new
 * rule needs a plant there too.
 */
@AnalyzeClasses(packages = "jp.kenpo.kennin",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String DOMAIN = "jp.kenpo.kennin.domain..";
    private static final String APPLICATION = "jp.kenpo.kennin.application..";
    private static final String ADAPTERS = "jp.kenpo.kennin.adapters..";
    private static final String BOOTSTRAP = "jp.kenpo.kennin.bootstrap..";
    private static final String PERSISTENCE = "jp.kenpo.kennin.adapters.persistence..";
    /**
     * Roster CSV reading, the one adapter others may use: import-roster and the staff web's upload
     * must apply exactly the same rules, so they share the reader instead of each having one.
     */
    private static final String CSV = "jp.kenpo.kennin.adapters.csv..";
    private static final String[] TECHNOLOGY = {"io.javalin..", "org.jooq..", "jakarta.mail..", "com.zaxxer..", "org.flywaydb..", "gg.jte..",
            // --- jobs ---
            "com.github.kagkarlsson.."};

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN);

    @ArchTest
    static final ArchRule applicationDependsOnlyOnTheJdkValidationAndDomain = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..", DOMAIN, APPLICATION);

    @ArchTest
    static final ArchRule noTechnologyInsideTheHexagon = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(TECHNOLOGY);

    /** web, persistence and mail only meet in bootstrap. */
    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = slices().matching("jp.kenpo.kennin.adapters.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(ADAPTERS), JavaClass.Predicates.resideInAPackage(CSV))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyBootstrapDependsOnAdapters = noClasses().that().resideOutsideOfPackages(ADAPTERS, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(ADAPTERS);

    @ArchTest
    static final ArchRule generatedJooqClassesStayInThePersistenceAdapter = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage("jp.kenpo.kennin.adapters.persistence.jooq..");

    @ArchTest
    static final ArchRule useCasesAreInterfaces = classes().that().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces();

    @ArchTest
    static final ArchRule servicesImplementAUseCase = classes().that().haveSimpleNameEndingWith("Service")
            .should().implement(JavaClass.Predicates.simpleNameEndingWith("UseCase"))
            .allowEmptyShould(true);

    /** Time is passed into the domain; reading the clock there makes rules untestable at a given date. */
    @ArchTest
    static final ArchRule domainNeverReadsTheClock = noClasses().that().resideInAPackage(DOMAIN)
            .should().callCodeUnitWhere(readsTheClock(false));

    /**
     * Use cases take bootstrap's {@link Clock} (Asia/Tokyo) and read it, so a test can set the
     * day; {@code LocalDate.now(clock)} is fine, {@code LocalDate.now()} is not.
     */
    @ArchTest
    static final ArchRule applicationNeverReadsTheSystemClock = noClasses().that().resideInAPackage(APPLICATION)
            .should().callCodeUnitWhere(readsTheClock(true));

    /** Files are an adapter's business (documents, outbox, roster files); the hexagon gets streams, bytes or ports. */
    @ArchTest
    static final ArchRule noFileSystemInsideTheHexagon = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat(touchTheFileSystem());

    /**
     * Adapters hold use cases (interfaces), never the services behind them: a web handler or a
     * command typed on a service could not be tested with a fake and would see its collaborators.
     */
    @ArchTest
    static final ArchRule adaptersUseUseCasesNotServices = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat(applicationServices());

    /** Capabilities (registration, survey, review, …) depend one way, so each can be read and changed alone. */
    @ArchTest
    static final ArchRule applicationCapabilitiesAreFreeOfCycles = slices().matching("jp.kenpo.kennin.application.(*)..")
            .should().beFreeOfCycles();

    /** The composition root sees everything; nothing sees it, so no ring or adapter can reach for the wiring or the config. */
    @ArchTest
    static final ArchRule nothingDependsOnBootstrap = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);

    /**
     * The roster CSV reader is shared by the command line and the staff web, so both apply the
     * same rules; it turns bytes into the application's rows and reaches no other adapter.
     */
    @ArchTest
    static final ArchRule rosterCsvReaderSeesNoOtherAdapter = noClasses().that().resideInAPackage(CSV)
            .should().dependOnClassesThat().resideInAnyPackage("jp.kenpo.kennin.adapters.web..", PERSISTENCE,
                    "jp.kenpo.kennin.adapters.mail..", "jp.kenpo.kennin.adapters.documents..", "jp.kenpo.kennin.adapters.cli..",
                    "jp.kenpo.kennin.adapters.crypto..", "jp.kenpo.kennin.adapters.reports..");

    /** bootstrap is the composition root: it may see every ring, so its dependencies are not judged here. */
    @ArchTest
    static final ArchRule onion = onionArchitecture()
            .domainModels(DOMAIN)
            .applicationServices(APPLICATION)
            .adapter("web", "jp.kenpo.kennin.adapters.web..")
            .adapter("persistence", PERSISTENCE)
            .adapter("mail", "jp.kenpo.kennin.adapters.mail..")
            .adapter("documents", "jp.kenpo.kennin.adapters.documents..")
            .adapter("cli", "jp.kenpo.kennin.adapters.cli..")
            .adapter("crypto", "jp.kenpo.kennin.adapters.crypto..")
            .adapter("reports", "jp.kenpo.kennin.adapters.reports..")
            .adapter("csv", CSV)
            // --- jobs ---
            .adapter("jobs", "jp.kenpo.kennin.adapters.jobs..")
            .withOptionalLayers(true)
            // The one shared piece between adapters: the command line and the staff web read rosters alike.
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(ADAPTERS), JavaClass.Predicates.resideInAPackage(CSV))
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(BOOTSTRAP), DescribedPredicate.alwaysTrue());

    /**
     * Calls that read the system clock: every {@code now()} of {@code java.time} (including
     * {@code Year}, {@code YearMonth} and the Japanese calendar), the system clocks, the
     * millisecond and nanosecond counters, {@code new Date()} and {@code Calendar.getInstance()}.
     *
     * @param givenClockAllowed whether {@code now(clock)} with a clock passed in is fine
     */
    private static DescribedPredicate<JavaCall<?>> readsTheClock(boolean givenClockAllowed) {
        return DescribedPredicate.describe(givenClockAllowed ? "reads the system clock" : "reads a clock", call -> {
            JavaClass owner = call.getTargetOwner();
            String name = call.getName();
            List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
            if (owner.getPackageName().startsWith("java.time") && (name.equals("now") || name.equals("dateNow"))) {
                return !(givenClockAllowed && parameters.stream().anyMatch(p -> p.isAssignableTo(Clock.class)));
            }
            if (owner.isEquivalentTo(Clock.class)) {
                return name.startsWith("system") || (name.startsWith("tick") && !parameters.get(0).isEquivalentTo(Clock.class));
            }
            if (owner.isEquivalentTo(System.class)) {
                return name.equals("currentTimeMillis") || name.equals("nanoTime");
            }
            if (owner.isEquivalentTo(Date.class) || owner.isEquivalentTo(GregorianCalendar.class)) {
                return name.equals("<init>") && parameters.isEmpty();
            }
            return owner.isEquivalentTo(Calendar.class) && name.equals("getInstance");
        });
    }

    private static DescribedPredicate<JavaClass> touchTheFileSystem() {
        return JavaClass.Predicates.resideInAPackage("java.nio.file..")
                .or(JavaClass.Predicates.belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class,
                        FileReader.class, FileWriter.class, RandomAccessFile.class, FileDescriptor.class, FileChannel.class))
                .as("touch the file system");
    }

    /** An application class that implements a use case, or is named like one that should. */
    private static DescribedPredicate<JavaClass> applicationServices() {
        DescribedPredicate<JavaClass> implementsAUseCase = DescribedPredicate.describe("implement a use case",
                c -> !c.isInterface() && c.getAllRawInterfaces().stream().anyMatch(i -> i.getSimpleName().endsWith("UseCase")));
        return JavaClass.Predicates.resideInAPackage(APPLICATION)
                .and(JavaClass.Predicates.simpleNameEndingWith("Service").or(implementsAUseCase))
                .as("are application services");
    }
}
