package org.pactgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command shown in the README with what it printed: a line {@code $ COMMAND} in a
 * {@code ```text} block (continued on the next lines while a quote is open or the line ends with
 * a backslash), and the lines up to the next {@code $} line or the end of the block.
 *
 * @param line the README line of the {@code $}
 * @param section the heading the block is under
 * @param shown the command as the README shows it, with any note after it ({@code # while ...})
 * @param expected what the README says it prints
 */
record ReadmeExample(int line, String section, String shown, String expected) {
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+#\\s[^'\"]*$");

    /** Every example of the README's text, in order. */
    static List<ReadmeExample> in(String readme) {
        List<ReadmeExample> out = new ArrayList<>();
        String[] lines = readme.split("\n", -1);
        String section = "";
        boolean inText = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!inText && l.startsWith("#")) section = l.replaceFirst("^#+\\s*", "");
            if (l.startsWith("```")) {
                inText = !inText && l.equals("```text");
                continue;
            }
            if (!inText || !l.startsWith("$ ")) continue;
            int start = i;
            StringBuilder command = new StringBuilder(l.substring(2));
            while (continues(command.toString()) && i + 1 < lines.length) {
                command.append('\n').append(lines[++i]);
            }
            StringBuilder expected = new StringBuilder();
            while (i + 1 < lines.length && !lines[i + 1].startsWith("$ ") && !lines[i + 1].startsWith("```")) {
                expected.append(lines[++i]).append('\n');
            }
            out.add(new ReadmeExample(start + 1, section, command.toString(), expected.toString().stripTrailing()));
        }
        return out;
    }

    /** The command as a shell reads it. */
    String command() {
        return withoutComment(shown);
    }

    /** Where it is and what it says: {@code SECTION: COMMAND} as shown. */
    String where() {
        return section + ": " + shown;
    }

    /** The first line shown, to name the example. */
    String firstLine() {
        return shown.lines().findFirst().orElse("");
    }

    private static boolean continues(String command) {
        if (command.endsWith("\\")) return true;
        boolean single = false;
        boolean dbl = false;
        for (char c : command.toCharArray()) {
            if (c == '\'' && !dbl) single = !single;
            else if (c == '"' && !single) dbl = !dbl;
        }
        return single || dbl;
    }

    /** A note after the command ({@code # while serve runs}) is for the reader, not the shell. */
    private static String withoutComment(String command) {
        Matcher m = TRAILING_COMMENT.matcher(command);
        return m.find() ? command.substring(0, m.start()) : command;
    }
}
