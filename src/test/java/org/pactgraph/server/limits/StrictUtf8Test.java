package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Strict UTF-8, whole and streamed: characters split across reads pass, bad bytes fail where they are. */
class StrictUtf8Test {
    private static final String TEXT = "Zürich, 東京, Kraków 🌍 ".repeat(700);

    private static byte[] readAll(InputStream in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        int n;
        while ((n = in.read(buffer, 0, chunk)) >= 0) out.write(buffer, 0, n);
        return out.toByteArray();
    }

    @Test
    void validTextPassesWholeAndInEveryChunkSizeUnchanged() throws IOException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, StrictUtf8.decode(bytes));
        for (int chunk : new int[] {1, 2, 3, 5, 4096, 8193}) {
            assertArrayEquals(bytes, readAll(StrictUtf8.checking(new ByteArrayInputStream(bytes)), chunk), "chunk " + chunk);
        }
    }

    @Test
    void anInvalidByteFailsAtItsOffsetWholeAndStreamed() {
        byte[] bytes = (TEXT + "x").getBytes(StandardCharsets.UTF_8);
        int at = bytes.length - 1;
        bytes[at] = (byte) 0xFF;
        StrictUtf8.MalformedException whole = assertThrows(StrictUtf8.MalformedException.class, () -> StrictUtf8.decode(bytes));
        assertTrue(whole.getMessage().contains("offset " + at), whole.getMessage());
        for (int chunk : new int[] {1, 7, 8192}) {
            StrictUtf8.MalformedException streamed = assertThrows(StrictUtf8.MalformedException.class,
                    () -> readAll(StrictUtf8.checking(new ByteArrayInputStream(bytes)), chunk));
            assertTrue(streamed.getMessage().contains("offset " + at), chunk + ": " + streamed.getMessage());
        }
    }

    @Test
    void aCharacterCutOffAtTheEndFails() {
        byte[] bytes = "東".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, 2);
        assertThrows(StrictUtf8.MalformedException.class, () -> StrictUtf8.decode(cut));
        assertThrows(StrictUtf8.MalformedException.class, () -> readAll(StrictUtf8.checking(new ByteArrayInputStream(cut)), 1));
    }

    @Test
    void overlongAndSurrogateEncodingsFail() {
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
            assertThrows(StrictUtf8.MalformedException.class, () -> StrictUtf8.decode(bad));
        }
    }
}
