package jp.kenpo.kennin.bootstrap.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.RosterRow;

/**
 * Synthetic families for the demo members. The demo account's member has the cases a survey
 * must handle: a spouse, a son of 20 at university (the 150万 band), a daughter of 15 (outside a
 * survey of those aged 18 and more) and a mother living apart (remittance). Other members get a
 * spouse and children from a fixed seed. Ages are set against the fiscal year, counted by the
 * birthday-eve rule: someone born on 2 April of year Y is N years old from 1 April of Y+N.
 */
final class DemoDependents {
    private static final long SEED = 20_260_402L;
    private static final String SPACE = "\u3000";

    private record Given(String kanji, String kana, String sex) {
    }

    private static final List<Given> WIVES = List.of(new Given("恵子", "ケイコ", "女"), new Given("由美", "ユミ", "女"),
            new Given("陽子", "ヨウコ", "女"), new Given("裕子", "ユウコ", "女"));
    private static final List<Given> HUSBANDS = List.of(new Given("一郎", "イチロウ", "男"), new Given("健太", "ケンタ", "男"),
            new Given("直樹", "ナオキ", "男"), new Given("誠", "マコト", "男"));
    private static final List<Given> SONS = List.of(new Given("悠斗", "ユウト", "男"), new Given("蓮", "レン", "男"),
            new Given("翔太", "ショウタ", "男"));
    private static final List<Given> DAUGHTERS = List.of(new Given("結衣", "ユイ", "女"), new Given("さくら", "サクラ", "女"),
            new Given("美咲", "ミサキ", "女"));

    private DemoDependents() {
    }

    /** Dependents of {@code roster}'s members; line numbers as if read from one file with a header on line 1. */
    static List<DependentRosterRow> generate(List<RosterRow> roster, int fiscalYear) {
        Random random = new Random(SEED);
        List<DependentRosterRow> rows = new ArrayList<>();
        Family holder = new Family(roster.get(0), rows);
        holder.addSpouse(0, LocalDate.of(fiscalYear - 45, 8, 20));
        holder.add("長男", SONS.get(0), LocalDate.of(fiscalYear - 20, 4, 2), "同居");
        holder.add("長女", DAUGHTERS.get(0), LocalDate.of(fiscalYear - 15, 6, 10), "同居");
        // 70: in the 180万 band, and years from 後期高齢者医療 at 75.
        holder.add("母", new Given("梅子", "ウメコ", "女"), LocalDate.of(fiscalYear - 70, 1, 15), "別居");
        for (RosterRow member : roster.subList(1, roster.size())) {
            if (random.nextInt(3) == 0) {
                continue; // single members, or dependents insured elsewhere
            }
            Family family = new Family(member, rows);
            family.addSpouse(random.nextInt(WIVES.size()),
                    LocalDate.of(fiscalYear - 30 - random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            int children = random.nextInt(3);
            for (int child = 0; child < children; child++) {
                boolean son = random.nextBoolean();
                List<Given> names = son ? SONS : DAUGHTERS;
                family.add((child == 0 ? "長" : "次") + (son ? "男" : "女"), names.get(random.nextInt(names.size())),
                        LocalDate.of(fiscalYear - 2 - random.nextInt(21), 1 + random.nextInt(12), 1 + random.nextInt(28)), "同居");
            }
        }
        return rows;
    }

    /** Numbers a member's dependents 1, 2, ... and gives them the member's family name. */
    private static final class Family {
        private final RosterRow member;
        private final List<DependentRosterRow> rows;
        private final String familyName;
        private final String familyKana;
        private int number;

        Family(RosterRow member, List<DependentRosterRow> rows) {
            this.member = member;
            this.rows = rows;
            this.familyName = member.name().split(SPACE)[0];
            this.familyKana = member.nameKana().split(SPACE)[0];
        }

        void addSpouse(int name, LocalDate birthDate) {
            if (DemoRoster.isWoman(member.name())) {
                add("夫", HUSBANDS.get(name % HUSBANDS.size()), birthDate, "同居");
            } else {
                add("妻", WIVES.get(name % WIVES.size()), birthDate, "同居");
            }
        }

        void add(String relationship, Given given, LocalDate birthDate, String cohabitation) {
            number++;
            rows.add(new DependentRosterRow(rows.size() + 2, member.symbol(), member.number(), String.valueOf(number),
                    familyName + SPACE + given.kanji(), familyKana + SPACE + given.kana(), birthDate.format(DemoRoster.DATE),
                    relationship, given.sex(), cohabitation, ""));
        }
    }
}
