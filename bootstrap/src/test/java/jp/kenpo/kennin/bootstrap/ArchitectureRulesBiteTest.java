package jp.kenpo.kennin.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kenpo.kennin.adapters.cli.CliException;
import jp.kenpo.kennin.adapters.cli.archplant.CommandCallingAService;
import jp.kenpo.kennin.adapters.cli.archplant.CommandUsingCrypto;
import jp.kenpo.kennin.adapters.cli.archplant.CommandUsingTheWiring;
import jp.kenpo.kennin.adapters.crypto.HmacSecretDigest;
import jp.kenpo.kennin.adapters.csv.archplant.CsvUsingTheCommandLine;
import jp.kenpo.kennin.adapters.mail.archplant.MailUsingWeb;
import jp.kenpo.kennin.adapters.web.WebSettings;
import jp.kenpo.kennin.adapters.web.archplant.ControllerCallingAService;
import jp.kenpo.kennin.adapters.web.archplant.WebReadingJooqTables;
import jp.kenpo.kennin.adapters.web.archplant.WebReadingTheConfiguration;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.archplant.ApplicationClockReads;
import jp.kenpo.kennin.application.archplant.ApplicationFileSystemUses;
import jp.kenpo.kennin.application.archplant.ApplicationUsingALibrary;
import jp.kenpo.kennin.application.archplant.ApplicationUsingAnAdapter;
import jp.kenpo.kennin.application.archplant.ApplicationUsingTechnology;
import jp.kenpo.kennin.application.archplant.LonelyService;
import jp.kenpo.kennin.application.archplant.PlantedUseCase;
import jp.kenpo.kennin.application.archplantcyclea.Ping;
import jp.kenpo.kennin.application.archplantcycleb.Pong;
import jp.kenpo.kennin.domain.archplant.DomainClockReads;
import jp.kenpo.kennin.domain.archplant.DomainReadingFiles;
import jp.kenpo.kennin.domain.archplant.DomainUsingApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shows that every rule of {@link ArchitectureTest} bites: each planted class (test sources only,
 * under the packages the rules judge) breaks one rule on purpose, and that very rule object, run
 * on the planted classes alone, must fail and name the planted class. A rule with no plant fails
 * {@link #everyRuleIsShownToBite()}, so a new rule comes with its proof.
 */
class ArchitectureRulesBiteTest {

    /** @param rule the name of the {@code @ArchTest} field in {@link ArchitectureTest} */
    record Plant(String rule, Class<?> violator, List<Class<?>> alsoImported) {
        Plant(String rule, Class<?> violator, Class<?>... alsoImported) {
            this(rule, violator, List.of(alsoImported));
        }

        JavaClasses classes() {
            return new ClassFileImporter().importClasses(Stream.concat(Stream.of(violator), alsoImported.stream()).toList());
        }

        @Override
        public String toString() {
            return rule + " ← " + violator.getName().replace("jp.kenpo.kennin.", "");
        }
    }

    static Stream<Plant> plants() {
        Stream<Plant> domainClock = Arrays.stream(DomainClockReads.class.getDeclaredClasses())
                .map(c -> new Plant("domainNeverReadsTheClock", c));
        Stream<Plant> applicationClock = Arrays.stream(ApplicationClockReads.class.getDeclaredClasses())
                .filter(c -> c != ApplicationClockReads.ReadsTheGivenClock.class)
                .map(c -> new Plant("applicationNeverReadsTheSystemClock", c));
        Stream<Plant> applicationFiles = Arrays.stream(ApplicationFileSystemUses.class.getDeclaredClasses())
                .filter(c -> c != ApplicationFileSystemUses.ReadsAGivenStream.class)
                .map(c -> new Plant("noFileSystemInsideTheHexagon", c));
        Stream<Plant> single = Stream.of(
                new Plant("noFileSystemInsideTheHexagon", DomainReadingFiles.class),
                new Plant("domainDependsOnlyOnTheJdk", DomainUsingApplication.class),
                new Plant("applicationDependsOnlyOnTheJdkValidationAndDomain", ApplicationUsingALibrary.class),
                new Plant("noTechnologyInsideTheHexagon", ApplicationUsingTechnology.class),
                new Plant("adaptersDoNotKnowEachOther", MailUsingWeb.class, WebSettings.class),
                new Plant("onlyBootstrapDependsOnAdapters", ApplicationUsingAnAdapter.class),
                new Plant("generatedJooqClassesStayInThePersistenceAdapter", WebReadingJooqTables.class),
                new Plant("useCasesAreInterfaces", PlantedUseCase.class),
                new Plant("servicesImplementAUseCase", LonelyService.class),
                new Plant("adaptersUseUseCasesNotServices", ControllerCallingAService.class),
                new Plant("applicationCapabilitiesAreFreeOfCycles", Ping.class, Pong.class),
                new Plant("onion", DomainUsingApplication.class, ClientAddress.class),
                new Plant("nothingDependsOnBootstrap", WebReadingTheConfiguration.class),
                new Plant("onion", MailUsingWeb.class, WebSettings.class),
                // The command line and the crypto code are adapters like the others.
                new Plant("adaptersDoNotKnowEachOther", CommandUsingCrypto.class, HmacSecretDigest.class),
                new Plant("onion", CommandUsingCrypto.class, HmacSecretDigest.class),
                new Plant("adaptersUseUseCasesNotServices", CommandCallingAService.class),
                new Plant("nothingDependsOnBootstrap", CommandUsingTheWiring.class),
                // Adapters may use the shared roster reader, but it may use none of them.
                new Plant("rosterCsvReaderSeesNoOtherAdapter", CsvUsingTheCommandLine.class, CliException.class),
                new Plant("adaptersDoNotKnowEachOther", CsvUsingTheCommandLine.class, CliException.class),
                new Plant("onion", CsvUsingTheCommandLine.class, CliException.class));
        return Stream.of(domainClock, applicationClock, applicationFiles, single).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void theRuleCatchesItsPlantedViolation(Plant plant) {
        ArchRule rule = rule(plant.rule());

        assertThatThrownBy(() -> rule.check(plant.classes()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(plant.violator().getName());
    }

    @Test
    void theClockRuleLetsAUseCaseReadTheClockItWasGiven() {
        assertThatCode(() -> rule("applicationNeverReadsTheSystemClock")
                .check(new ClassFileImporter().importClasses(ApplicationClockReads.ReadsTheGivenClock.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void theFileRuleLetsAUseCaseReadAStreamItWasGiven() {
        assertThatCode(() -> rule("noFileSystemInsideTheHexagon")
                .check(new ClassFileImporter().importClasses(ApplicationFileSystemUses.ReadsAGivenStream.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void everyRuleIsShownToBite() {
        Set<String> planted = plants().map(Plant::rule).collect(Collectors.toCollection(TreeSet::new));

        assertThat(planted).containsAll(ruleNames());
    }

    private static Set<String> ruleNames() {
        return Arrays.stream(ArchitectureTest.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(ArchTest.class) && Modifier.isStatic(f.getModifiers()))
                .map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ArchRule rule(String name) {
        try {
            Field field = ArchitectureTest.class.getDeclaredField(name);
            assertThat(field.isAnnotationPresent(ArchTest.class)).as("%s is an @ArchTest", name).isTrue();
            field.setAccessible(true);
            return (ArchRule) field.get(null);
        } catch (NoSuchFieldException e) {
            throw new AssertionError("ArchitectureTest has no rule named " + name, e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
