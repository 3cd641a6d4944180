package jp.kenpo.kennin.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * The hexagon's dependency rules, checked on the compiled classes of every module (only this
 * module sees them all). Rules about modules that may not exist yet in a partial build allow an
 * empty subject; the dependency directions themselves are also enforced by the Maven poms.
 * Test code is left out, including the other modules' test-jars on this module's classpath.
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
    private static final String[] TECHNOLOGY = {"io.javalin..", "org.jooq..", "jakarta.mail..", "com.zaxxer..", "org.flywaydb..", "gg.jte.."};

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
            .should().callMethodWhere(readsTheClock());

    /** bootstrap is the composition root: it may see every ring, so its dependencies are not judged here. */
    @ArchTest
    static final ArchRule onion = onionArchitecture()
            .domainModels(DOMAIN)
            .applicationServices(APPLICATION)
            .adapter("web", "jp.kenpo.kennin.adapters.web..")
            .adapter("persistence", PERSISTENCE)
            .adapter("mail", "jp.kenpo.kennin.adapters.mail..")
            .adapter("documents", "jp.kenpo.kennin.adapters.documents..")
            .withOptionalLayers(true)
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(BOOTSTRAP), DescribedPredicate.alwaysTrue());

    private static DescribedPredicate<JavaMethodCall> readsTheClock() {
        Map<Class<?>, Set<String>> clockReads = Map.of(
                Instant.class, Set.of("now"),
                LocalDate.class, Set.of("now"),
                LocalDateTime.class, Set.of("now"),
                LocalTime.class, Set.of("now"),
                ZonedDateTime.class, Set.of("now"),
                OffsetDateTime.class, Set.of("now"),
                Clock.class, Set.of("systemDefaultZone", "systemUTC", "system"),
                System.class, Set.of("currentTimeMillis", "nanoTime"));
        return DescribedPredicate.describe("reads the system clock", call -> clockReads.entrySet().stream()
                .anyMatch(e -> call.getTargetOwner().isEquivalentTo(e.getKey()) && e.getValue().contains(call.getName())));
    }
}
