package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `--help` comes from messages*.properties: English by default, Vietnamese with --lang vi, with no English text left. */
class HelpTest {
    private static String help(String... args) {
        StringWriter out = new StringWriter();
        int exit = CovidMaps.newCommandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute(args);
        assertEquals(ExitCodes.OK, exit);
        return out.toString();
    }

    private static Properties english() throws IOException {
        Properties english = new Properties();
        try (InputStream in = HelpTest.class.getResourceAsStream("/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return english;
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "publish", "plan", "status", "diff", "history", "retract", "portal", "demo"})
    void helpIsVietnameseWithLangVi(String command) throws IOException {
        String english = help(command, "--help");
        String vietnamese = help(command, "--help", "--lang", "vi");
        assertTrue(english.startsWith("Usage: covidmaps " + command), english);
        assertTrue(english.contains(english().getProperty("covidmaps." + command + ".usage.description").substring(0, 30)), english);
        assertTrue(vietnamese.startsWith("Cách dùng: covidmaps " + command), vietnamese);
        assertTrue(vietnamese.contains("Tùy chọn:"), vietnamese);
        for (String key : english().stringPropertyNames()) {
            String text = english().getProperty(key);
            // every help text of the English bundle (descriptions, headings) is absent from the Vietnamese help
            if (!key.contains(".") || key.startsWith("covidmaps.")) {
                String start = text.replace("%n", "").strip();
                start = start.substring(0, Math.min(start.length(), 25));
                assertFalse(start.length() > 6 && vietnamese.contains(start), key + " is still English: " + start + "\n" + vietnamese);
            }
        }
    }

    /** Options of the same name in two commands (--out, --yes) each have their own description. */
    @ParameterizedTest
    @ValueSource(strings = {"plan|en|Also write the plan for review", "portal|en|Directory to write the page into (created if missing)",
            "plan|vi|Ghi thêm kế hoạch để duyệt", "portal|vi|Thư mục ghi trang (tạo nếu chưa có)",
            "purge|en|--yes Really delete them.", "retract|en|--yes Retract. Without it nothing is changed.",
            "purge|vi|--yes Xoá thật.", "retract|vi|--yes Rút báo cáo."})
    void eachCommandsOptionHasItsOwnDescription(String expected) {
        String[] parts = expected.split("\\|");
        String help = help(parts[0], "--help", "--lang", parts[1]).replaceAll("\\s+", " ");
        assertTrue(help.contains(parts[2]), help);
    }
}
