package jp.kenpo.kennin.bootstrap.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.kenpo.kennin.application.roster.RosterRow;

/**
 * Synthetic members: common family and given names (kanji with their katakana reading), random
 * 記号・番号 and birth dates, addresses under the reserved {@code .invalid} domain. A fixed seed
 * makes every run produce the same people, so re-seeding updates rather than adds.
 */
final class DemoRoster {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final long SEED = 20_260_401L;
    private static final LocalDate OLDEST = LocalDate.of(1960, 1, 1);
    private static final LocalDate YOUNGEST = LocalDate.of(2000, 12, 31);
    /** Between family and given name, as Japanese rosters write it. */
    private static final String SPACE = "\u3000";

    private record Name(String kanji, String kana) {
    }

    private static final List<Name> FAMILY = List.of(
            new Name("佐藤", "サトウ"), new Name("鈴木", "スズキ"), new Name("高橋", "タカハシ"), new Name("田中", "タナカ"),
            new Name("伊藤", "イトウ"), new Name("渡辺", "ワタナベ"), new Name("山本", "ヤマモト"), new Name("中村", "ナカムラ"),
            new Name("小林", "コバヤシ"), new Name("加藤", "カトウ"), new Name("吉田", "ヨシダ"), new Name("山田", "ヤマダ"),
            new Name("佐々木", "ササキ"), new Name("山口", "ヤマグチ"), new Name("松本", "マツモト"), new Name("井上", "イノウエ"),
            new Name("木村", "キムラ"), new Name("林", "ハヤシ"), new Name("斎藤", "サイトウ"), new Name("清水", "シミズ"),
            new Name("山崎", "ヤマザキ"), new Name("森", "モリ"), new Name("池田", "イケダ"), new Name("橋本", "ハシモト"));

    private static final List<Name> GIVEN = List.of(
            new Name("太郎", "タロウ"), new Name("一郎", "イチロウ"), new Name("健太", "ケンタ"), new Name("翔太", "ショウタ"),
            new Name("大輔", "ダイスケ"), new Name("拓也", "タクヤ"), new Name("直樹", "ナオキ"), new Name("誠", "マコト"),
            new Name("浩二", "コウジ"), new Name("隆", "タカシ"), new Name("悠斗", "ユウト"), new Name("蓮", "レン"),
            new Name("花子", "ハナコ"), new Name("恵子", "ケイコ"), new Name("由美", "ユミ"), new Name("美咲", "ミサキ"),
            new Name("陽子", "ヨウコ"), new Name("裕子", "ユウコ"), new Name("彩", "アヤ"), new Name("愛", "アイ"),
            new Name("真由美", "マユミ"), new Name("結衣", "ユイ"), new Name("さくら", "サクラ"), new Name("玲奈", "レイナ"));

    /** GIVEN lists male names first, then female ones from this index. */
    private static final int FIRST_FEMALE_NAME = 12;

    private static final List<String> OFFICES = List.of("本社", "東京支店", "大阪支店", "名古屋工場", "福岡営業所", "札幌営業所", "仙台営業所");

    private DemoRoster() {
    }

    /** {@code count} members; line numbers are as if read from a file with a header on line 1. */
    static List<RosterRow> generate(int count) {
        Random random = new Random(SEED);
        long birthDays = ChronoUnit.DAYS.between(OLDEST, YOUNGEST) + 1;
        Set<String> cards = new HashSet<>();
        List<RosterRow> rows = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            Name family = pick(FAMILY, random);
            Name given = pick(GIVEN, random);
            String symbol;
            String number;
            do {
                symbol = String.valueOf(10 + random.nextInt(90));
                int digits = 1 + random.nextInt(6);
                int low = digits == 1 ? 1 : (int) Math.pow(10, digits - 1);
                number = String.valueOf(low + random.nextInt((int) Math.pow(10, digits) - low));
            } while (!cards.add(symbol + "-" + number));
            LocalDate birthDate = OLDEST.plusDays(random.nextInt((int) birthDays));
            rows.add(new RosterRow(n + 1, symbol, number, family.kanji() + SPACE + given.kanji(), family.kana() + SPACE + given.kana(),
                    birthDate.format(DATE), String.format("member%03d@demo.invalid", n), pick(OFFICES, random)));
        }
        return rows;
    }

    /** Whether a generated member's full name is a woman's, so their family can give them a husband rather than a wife. */
    static boolean isWoman(String fullName) {
        String given = fullName.substring(fullName.indexOf(SPACE) + 1);
        return GIVEN.subList(FIRST_FEMALE_NAME, GIVEN.size()).stream().anyMatch(name -> name.kanji().equals(given));
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
