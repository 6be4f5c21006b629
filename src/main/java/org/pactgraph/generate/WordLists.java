package org.pactgraph.generate;

import java.util.List;

/**
 * The word lists the synthetic corpus is built from, written for PactGraph: syllables that make
 * place and family names, given names, company words, themes, titles and quotations. Names are
 * combinations of these, so they name nothing real on purpose.
 */
final class WordLists {
    private WordLists() {}

    static final List<String> PLACE_HEADS = List.of("Ash", "Bel", "Cor", "Dun", "Elm", "Fair", "Glen", "Har", "Iver", "Kel",
            "Lam", "Mar", "Nor", "Oak", "Pem", "Quen", "Ros", "Sel", "Tor", "Ul", "Val", "Wex", "Yar", "Zen");
    static final List<String> PLACE_TAILS = List.of("ford", "haven", "mere", "wick", "ton", "dale", "bury", "stead",
            "mouth", "field", "brook", "ridge", "port", "vale", "croft", "holm");
    static final List<String> COUNTRY_HEADS = List.of("Aldor", "Bren", "Calis", "Dravin", "Estor", "Feryl", "Galan", "Hestia");
    static final List<String> COUNTRY_TAILS = List.of("ia", "and", "istan", "ora");
    static final List<String> GIVEN = List.of("Ada", "Bruno", "Clara", "Dmitri", "Elena", "Felix", "Greta", "Hugo", "Ines",
            "Jonas", "Kaori", "Lena", "Marco", "Nadia", "Oskar", "Priya", "Rafael", "Sofia", "Tomas", "Una", "Viktor",
            "Wanda", "Yusuf", "Zara", "Amir", "Beatrix", "Cyrus", "Delia", "Emil", "Farah");
    static final List<String> SURNAME_HEADS = List.of("Hal", "Mor", "Stan", "Bright", "Cal", "Dor", "Fen", "Gar", "Lind",
            "Mal", "Nash", "Pell", "Quill", "Rad", "Sor", "Thorn", "Wen", "Brock");
    static final List<String> SURNAME_TAILS = List.of("ley", "wood", "by", "sen", "man", "well", "more", "stone", "hart", "ling");
    static final List<String> COMPANY_NOUNS = List.of("Photonics", "Dynamics", "Materials", "Analytics", "Energy", "Robotics",
            "Semiconductor", "Biosciences", "Networks", "Instruments");
    static final List<String> COMPANY_FORMS = List.of("Corporation", "Technologies", "Systems", "Labs", "Industries", "Holdings");
    static final List<String> THEME_HEADS = List.of("quantum", "marine", "solar", "neural", "urban", "coastal", "soil",
            "battery", "photonic", "polar", "microbial", "seismic");
    static final List<String> THEME_TAILS = List.of("sensing", "materials", "modelling", "robotics", "networks", "imaging",
            "storage", "chemistry", "forecasting", "genomics");
    /** Titles written before a name, with the organisation before them: "Kelford University President Ada Brightley". */
    static final List<String> TITLES_BEFORE = List.of("President", "Provost", "Vice President", "Executive Vice President", "Chancellor");
    /** Titles written after a name, in lower case, then "at" or "of" and the organisation. */
    static final List<String> TITLES_AFTER = List.of("vice president for research", "dean of engineering", "director of research",
            "chief technology officer", "head of partnerships", "rector");
    static final List<String> QUOTES = List.of(
            "This partnership gives our students a place at the frontier of their field.",
            "Neither of us could do this work alone.",
            "We have exchanged researchers for years, and now we can plan for decades.",
            "The questions we will ask together are harder than any we have asked apart.",
            "Our laboratories will be open to each other from the first day.",
            "Good research takes patience, and this agreement gives us time.",
            "Industry and universities learn the most when they share the hard problems.",
            "We expect the first joint results within two years.",
            "Students will spend a semester in each other's laboratories.",
            "This is a long-term commitment, not a single project.");
    static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
}
