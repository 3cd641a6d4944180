package jp.kenpo.kennin.bootstrap.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import jp.kenpo.kennin.domain.insurer.InsurerContact;

/**
 * The fictitious insurer's texts. Every number, address and link is reserved or plainly fake
 * ({@code .invalid}, {@code example.invalid}, a 0120 number marked as fictitious): a demo
 * must never send members of a real insurer to its call centre.
 */
final class DemoContent {
    static final String INSURER_CODE = "demo";
    static final String INSURER_NAME = "デモ健康保険組合";
    static final String SENDER_ADDRESS = "kennin-demo@localhost.localdomain";
    static final InsurerContact CONTACT = new InsurerContact("0120-000-000（デモ用の架空番号）",
            "平日 10:00〜17:00（12:00〜13:00を除く）", "support@demo.invalid", "https://example.invalid/faq");

    static final String TERMS_V1 = """
            第1条（目的）
            この規約は、デモ健康保険組合（以下「当組合」）が提供する被扶養者資格確認調査のWebサービス（以下「本サービス」）の利用条件を定めるものです。

            第2条（利用者）
            本サービスを利用できるのは、当組合の被保険者ご本人に限ります。ユーザIDとパスワードはご本人が管理し、他人に知らせないでください。

            第3条（個人情報の取扱い）
            本サービスで入力された情報およびアップロードされた書類は、被扶養者の資格確認の目的にのみ利用し、法令に基づく場合を除き第三者に提供しません。マイナンバーが記載された書類はアップロードしないでください。

            第4条（禁止事項）
            虚偽の申告、他人になりすましての利用、本サービスの運営を妨げる行為を禁止します。

            第5条（規約の変更）
            当組合は本規約を変更することがあります。変更後に初めてログインしたときに、改めて同意をお願いします。

            ※ これはデモ用の架空の規約です。
            """;

    static final String FAQ_NOTICE_TITLE = "よくある質問（Q&A）を掲載しました";
    static final String FAQ_NOTICE_BODY = "調査の回答や書類の提出についてよくいただくご質問をまとめました。添付ファイルをご覧ください。";
    static final String FAQ_FILE_NAME = "faq.txt";
    static final String FAQ_CONTENT_TYPE = "text/plain; charset=UTF-8";
    static final String FAQ_ATTACHMENT = """
            被扶養者資格確認調査 よくある質問（デモ）

            Q1. 認証コードのメールが届きません。
            A1. 迷惑メールフォルダをご確認ください。携帯電話会社のフィルタで受信を拒否している場合は、送信元アドレスからの受信を許可してください。

            Q2. 記号・番号がわかりません。
            A2. 資格確認書または「資格情報のお知らせ」に記載されています。マイナポータルでも確認できます。

            Q3. 提出後に回答を直したいです。
            A3. 提出期限までは、メイン画面から修正を申し出ることができます。

            Q4. 書類の写真がぼやけてしまいます。
            A4. 明るい場所で、書類の四隅が写るように撮影してください。マイナンバーが写っている部分は隠してください。
            """;

    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private DemoContent() {
    }

    static String surveyTitle(int fiscalYear) {
        return fiscalYear + "年度 被扶養者資格確認調査";
    }

    static String surveyNoticeTitle(int fiscalYear) {
        return fiscalYear + "年度 被扶養者資格確認調査を開始しました";
    }

    static String surveyNoticeBody(int fiscalYear, LocalDate deadline) {
        return fiscalYear + "年度の被扶養者資格確認調査を開始しました。" + deadline.format(JAPANESE_DATE)
                + "までに、被扶養者の方ごとに回答と必要書類の提出をお願いします。期限までに回答がない場合、被扶養者の資格を取り消すことがあります。";
    }
}
