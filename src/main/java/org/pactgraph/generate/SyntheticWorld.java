package org.pactgraph.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pactgraph.model.Iris;

/**
 * The invented world a synthetic corpus is about: countries, cities, universities, companies and
 * research themes, made from {@link WordLists} and the seed alone (so every corpus of one seed
 * has the same world, whatever its size). About one in five organisations and three in ten
 * themes are left out of the reference data, so that the extractor must recognise them.
 */
final class SyntheticWorld {
    record Country(String name, String iri) {}

    record City(String name, String iri, Country country) {}

    record Org(String name, String iri, String type, City city, boolean known) {}

    record Theme(String name, String iri, boolean known) {}

    final List<Country> countries = new ArrayList<>();
    final List<City> cities = new ArrayList<>();
    final List<Org> universities = new ArrayList<>();
    final List<Org> companies = new ArrayList<>();
    final List<Theme> themes = new ArrayList<>();
    final String source;

    SyntheticWorld(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5eedL);
        source = "https://w3id.org/pactgraph/generated/seed-" + seed;
        for (String head : WordLists.COUNTRY_HEADS) {
            for (String tail : WordLists.COUNTRY_TAILS) {
                String name = head + tail;
                countries.add(new Country(name, Iris.id(Iris.Kind.PLACE, Iris.slug(name))));
            }
        }
        for (String head : WordLists.PLACE_HEADS) {
            for (String tail : WordLists.PLACE_TAILS) {
                String name = head + tail;
                cities.add(new City(name, Iris.id(Iris.Kind.PLACE, Iris.slug(name)), countries.get(random.nextInt(countries.size()))));
            }
        }
        for (int i = 0; i < cities.size(); i++) {
            City c = cities.get(i);
            String name = switch (i % 3) {
                case 0 -> "University of " + c.name();
                case 1 -> c.name() + " University";
                default -> c.name() + " Institute of Technology";
            };
            universities.add(new Org(name, Iris.id(Iris.Kind.ORG, Iris.slug(name)), "University", c, random.nextInt(5) != 0));
        }
        for (String head : WordLists.SURNAME_HEADS) {
            for (String noun : WordLists.COMPANY_NOUNS) {
                String form = WordLists.COMPANY_FORMS.get(random.nextInt(WordLists.COMPANY_FORMS.size()));
                String name = head + (random.nextBoolean() ? "ex " : "ton ") + noun + " " + form;
                City c = cities.get(random.nextInt(cities.size()));
                companies.add(new Org(name, Iris.id(Iris.Kind.ORG, Iris.slug(name)), "Company", c, random.nextInt(5) != 0));
            }
        }
        for (String head : WordLists.THEME_HEADS) {
            for (String tail : WordLists.THEME_TAILS) {
                String name = head + " " + tail;
                themes.add(new Theme(name, Iris.id(Iris.Kind.THEME, Iris.slug(name)), random.nextInt(10) >= 3));
            }
        }
    }

    /** Writes the places (countries and cities) as Turtle in the reference data's shape. */
    void writePlaces(Writer out) throws IOException {
        out.write(header("Places of a synthetic corpus: countries, and cities located in them."));
        for (Country c : countries) {
            out.write("<" + c.iri() + "> a pact:Country ; rdfs:label " + Turtle.lang(c.name()) + " ; dct:source <" + source + "> .\n");
        }
        for (City c : cities) {
            out.write("<" + c.iri() + "> a pact:Place ; rdfs:label " + Turtle.lang(c.name()) + " ; pact:locatedIn <" + c.country().iri()
                    + "> ; dct:source <" + source + "> .\n");
        }
    }

    /** Writes the organisations the reference data knows (not the ones left for the extractor to find). */
    void writeOrganizations(Writer out) throws IOException {
        out.write(header("Organisations of a synthetic corpus; about one in five is left out for the extractor to recognise."));
        for (List<Org> list : List.of(universities, companies)) {
            for (Org o : list) {
                if (!o.known()) continue;
                out.write("<" + o.iri() + "> a pact:" + o.type() + " ; rdfs:label " + Turtle.lang(o.name()) + " ; pact:locatedIn <"
                        + o.city().iri() + "> ; dct:source <" + source + "> .\n");
            }
        }
    }

    /** Writes the research themes the reference data knows. */
    void writeThemes(Writer out) throws IOException {
        out.write(header("Research themes of a synthetic corpus; three in ten are left out for the extractor to find."));
        for (Theme t : themes) {
            if (!t.known()) continue;
            String label = Turtle.lang(capitalized(t.name()));
            out.write("<" + t.iri() + "> a pact:ResearchTheme ; rdfs:label " + label + " ; skos:prefLabel " + label
                    + " ; dct:source <" + source + "> .\n");
        }
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String header(String what) {
        return "# " + what + "\n# Generated by 'pactgraph generate': invented names, never real data.\n"
                + Turtle.PREFIXES + "\n";
    }
}
