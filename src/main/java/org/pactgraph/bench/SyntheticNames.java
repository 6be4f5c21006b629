package org.pactgraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Names for the search benchmark, made from syllables so that a large store has a large
 * vocabulary as real names do: English-looking words (organisations of three words and a kind,
 * people of two words) and a Japanese name in katakana for every entity.
 */
final class SyntheticNames {
    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
            "br", "ch", "cl", "dr", "gr", "kr", "pl", "sh", "st", "th", "tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "l", "m", "th", "rd", "nt"};
    private static final String[] KANA = {"カ", "キ", "ク", "ケ", "コ", "サ", "シ", "ス", "セ", "ソ", "タ", "チ", "ツ", "テ", "ト", "ナ",
            "ニ", "ヌ", "ネ", "ノ", "ハ", "ヒ", "フ", "ヘ", "ホ", "マ", "ミ", "ム", "メ", "モ", "ラ", "リ", "ル", "レ", "ロ", "ガ", "ド", "バ", "ン", "ー"};
    static final List<String> KINDS = List.of("University", "Institute", "Corporation", "Laboratories", "Agency", "Foundation");
    private static final List<String> KINDS_JA = List.of("大学", "研究所", "株式会社", "研究所", "機構", "財団");

    private final Random random;

    SyntheticNames(long seed) {
        this.random = new Random(seed);
    }

    /** A capitalised word of two or three syllables. */
    String word() {
        StringBuilder w = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        w.append(CODAS[random.nextInt(CODAS.length)]);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** A word in katakana of three to five characters. */
    String kana() {
        StringBuilder w = new StringBuilder();
        int n = 3 + random.nextInt(3);
        for (int i = 0; i < n; i++) w.append(KANA[random.nextInt(KANA.length)]);
        return w.toString();
    }

    int kind() {
        return random.nextInt(KINDS.size());
    }

    static String japaneseKind(int kind) {
        return KINDS_JA.get(kind);
    }

    /** The word with two neighbouring letters swapped: the commonest typing error. */
    String misspelt(String word) {
        if (word.length() < 4) return word + "e";
        int i = 1 + random.nextInt(word.length() - 2);
        char[] c = word.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c).toLowerCase(Locale.ROOT);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
