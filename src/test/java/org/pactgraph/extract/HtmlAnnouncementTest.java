package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/** The same announcement as a web page: markup, entities and a script change nothing of what is extracted. */
class HtmlAnnouncementTest {
    @Test
    void theAnnouncementAsHtmlGivesTheSameStatementsAsAsMarkdown() throws Exception {
        String markdown = Files.readString(Path.of("data/announcements/2024-04-09-us-japan-ai-partnerships.md"));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Release</title>"
                + "<script>var banner = \"$5 million from Nowhere Inc.\";</script></head><body>\n");
        for (String paragraph : markdown.split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (p.isEmpty() || p.equals("###")) continue;
            String body = p.replace("\\$", "$").replace("&", "&amp;").replace("**", "")
                    .replace("'", "&rsquo;").replace("\u201C", "&ldquo;").replace("\u201D", "&rdquo;");
            html.append("<p>").append(body.replace("Group", "<strong>Group</strong>")).append("</p>\n");
        }
        html.append("</body></html>");
        Set<Triple> fromMarkdown = KnownData.extract(markdown, "2024-04-09").triples();
        Set<Triple> fromHtml = KnownData.extract(html.toString(), "2024-04-09").triples();
        assertEquals(fromMarkdown, fromHtml);
    }
}
