package org.fedmarket.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.fedmarket.hub.api.HubApi;
import org.fedmarket.hub.api.HubDescriptor;
import org.fedmarket.platform.node.NodeSettings;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/** The shop's line to its Hub — always over HTTP, even when the Hub runs in the same process. */
@ApplicationScoped
public class HubConnection {

    @Inject
    NodeSettings settings;

    private volatile HubApi hub;

    public HubLink check() {
        String url = settings.hubUrl();
        long start = System.nanoTime();
        try {
            HubDescriptor descriptor = hub().describe();
            return HubLink.reachable(url, descriptor.name(), descriptor.protocolVersion(), millisSince(start));
        } catch (RemoteRefusal e) {
            return HubLink.unreachable(url, millisSince(start), "the Hub answered HTTP " + e.status());
        } catch (WebApplicationException e) {
            return HubLink.unreachable(url, millisSince(start), "the Hub answered HTTP " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return HubLink.unreachable(url, millisSince(start), cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    /**
     * Runs a call to the Hub; a refusal becomes {@link HubRefusedException} with the Hub's problem,
     * no answer becomes {@link HubUnreachableException}.
     */
    public <T> T call(java.util.function.Function<HubApi, T> call) {
        try {
            return call.apply(hub());
        } catch (RemoteRefusal e) {
            throw HubRefusedException.of(e);
        } catch (WebApplicationException e) {
            throw HubRefusedException.of(RemoteRefusal.of(e.getResponse().getStatus(), null, null));
        } catch (ProcessingException e) {
            throw new HubUnreachableException(settings.hubUrl(), e);
        }
    }

    private HubApi hub() {
        HubApi client = hub;
        if (client == null) {
            client = RestClientBuilder.newBuilder()
                    .baseUri(URI.create(settings.hubUrl() + "/api"))
                    .connectTimeout(2, TimeUnit.SECONDS)
                    .readTimeout(10, TimeUnit.SECONDS)
                    .followRedirects(false)
                    .register(ProblemAnswerMapper.class)
                    .build(HubApi.class);
            hub = client;
        }
        return client;
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
