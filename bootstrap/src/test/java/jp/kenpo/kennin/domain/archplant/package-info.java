/**
 * Planted violations, never production code: each class here breaks one architecture rule on
 * purpose, so {@code ArchitectureRulesBiteTest} can show that rule failing. They live under the
 * real packages because the rules judge classes by package; the production check leaves test
 * classes out.
 */
package jp.kenpo.kennin.domain.archplant;
