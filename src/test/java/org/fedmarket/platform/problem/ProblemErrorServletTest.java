package org.fedmarket.platform.problem;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemErrorServletTest {

    @Test
    void clientErrorsKeepTheirStatus() {
        assertEquals(404, ProblemErrorServlet.statusOf(404, null));
        assertEquals(405, ProblemErrorServlet.statusOf(405, new ServletException("x")));
    }

    @Test
    void aMissingFileReportedAsAnExceptionIsStillA404() {
        assertEquals(404, ProblemErrorServlet.statusOf(500, new ServletException(new FileNotFoundException("SRVE0190E"))));
    }

    @Test
    void anyOtherExceptionIsA500() {
        assertEquals(500, ProblemErrorServlet.statusOf(null, new IllegalStateException()));
        assertEquals(503, ProblemErrorServlet.statusOf(503, new IllegalStateException()));
    }

    @Test
    void theErrorPageCalledDirectlyIsNotFound() {
        assertEquals(404, ProblemErrorServlet.statusOf(null, null));
    }
}
