package org.fedmarket.federation.application;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Asks partners for gzip and reads it: a catalogue compresses to about a fifth. What a partner sends is unpacked to at
 * most {@value #MAX_UNPACKED} bytes, so a small answer cannot unpack into a node-filling one.
 */
public class GzipAnswers implements ClientRequestFilter, ReaderInterceptor {

    static final long MAX_UNPACKED = 256L << 20;

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_ENCODING, "gzip");
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String encoding = context.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && (encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip"))) {
            context.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
            context.setInputStream(new Bounded(new GZIPInputStream(context.getInputStream(), 8192)));
        }
        return context.proceed();
    }

    /** Fails the read once more than {@link #MAX_UNPACKED} bytes came out. */
    private static final class Bounded extends FilterInputStream {

        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_UNPACKED) {
                throw new IOException("a partner's answer unpacks to more than " + MAX_UNPACKED + " bytes");
            }
        }
    }
}
