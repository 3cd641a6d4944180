package jp.kenpo.kennin.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mail benchmark's SMTP server, run in a JVM of its own: accepts every mail and keeps only
 * how many came and their Message-IDs. {@code XCOUNT} (our own verb) answers
 * {@code 250 <mails> <distinct Message-IDs>}, so the benchmark can check that none was lost or doubled.
 * Usage: {@code MailSink <port>}
 */
public final class MailSink {
    private static final AtomicLong mails = new AtomicLong();
    private static final Set<String> messageIds = ConcurrentHashMap.newKeySet();

    private MailSink() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        try (ServerSocket listener = new ServerSocket(port, 100, InetAddress.getLoopbackAddress())) {
            System.out.println("mail sink listening on 127.0.0.1:" + port);
            while (true) {
                Socket client = listener.accept();
                Thread t = new Thread(() -> serve(client), "sink");
                t.setDaemon(true);
                t.start();
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1), 65536);
            OutputStream out = socket.getOutputStream();
            reply(out, "220 sink ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String id = null;
                        for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                            if (id == null && body.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                                id = body.substring(11).strip();
                            }
                        }
                        mails.incrementAndGet();
                        if (id != null) {
                            messageIds.add(id);
                        }
                        reply(out, "250 queued");
                    }
                    case "XCOU" -> reply(out, "250 " + mails.get() + " " + messageIds.size());
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "500 unknown");
                }
            }
        } catch (IOException e) {
            // client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
