package org.fedmarket.platform.audit.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.lang.reflect.Parameter;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Records each successful call of an {@link Audited} method. Its priority puts it inside {@code @Transactional}, so
 * the entry commits exactly when the change does; a call that fails is not recorded (nothing changed).
 */
@Audited("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    /** Arguments never written to the log. */
    private static final Pattern SECRET = Pattern.compile("password|secret|code|hash|replacement|current|token", Pattern.CASE_INSENSITIVE);

    @Inject
    AuditLog log;

    @AroundInvoke
    Object record(InvocationContext call) throws Exception {
        Object result = call.proceed();
        Audited audited = call.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            audited = call.getMethod().getDeclaringClass().getAnnotation(Audited.class);
        }
        log.record(audited.value(), describe(call.getMethod().getParameters(), call.getParameters()));
        return result;
    }

    static String describe(Parameter[] parameters, Object[] values) {
        StringJoiner detail = new StringJoiner(", ");
        for (int i = 0; i < parameters.length; i++) {
            String name = parameters[i].getName();
            detail.add(name + "=" + (SECRET.matcher(name).find() ? "(not recorded)" : shown(values[i])));
        }
        return detail.length() == 0 ? "—" : detail.toString();
    }

    /** A value as the log shows it: a list of over ten things (an import) only by its size, anything else as it prints. */
    private static String shown(Object value) {
        if (value instanceof java.util.Collection<?> many && many.size() > 10) {
            return many.size() + " items";
        }
        String text = String.valueOf(value);
        return text.length() > 500 ? text.substring(0, 499) + "…" : text;
    }
}
