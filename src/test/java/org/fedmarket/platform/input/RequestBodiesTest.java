package org.fedmarket.platform.input;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every JSON body a resource binds is validated ({@code @Valid}), and every text in it has a length limit, so no
 * string longer than its column can reach the database: the structural half of the input rules.
 */
class RequestBodiesTest {

    private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, Context.class, FormParam.class, CookieParam.class, BeanParam.class, MatrixParam.class);

    @Test
    void everyBodyIsValidatedAndEveryTextInItIsLimited() {
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (isBody(parameter) && isBound(parameter.getType())) {
                        String where = resource.getSimpleName() + "." + method.getName();
                        if (!parameter.isAnnotationPresent(Valid.class) && !parameter.isAnnotationPresent(CheckedLineByLine.class)) {
                            missing.add(where + ": body without @Valid");
                        }
                        limits(where, parameter.getAnnotatedType(), new HashSet<>(), missing);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theCheckSeesAMissingLimit() {
        record Unlimited(String name, List<String> tags) {
        }
        List<String> missing = new ArrayList<>();
        limits("planted", Unlimited.class.getRecordComponents()[0].getAnnotatedType(), new HashSet<>(), missing);
        limits("planted", Unlimited.class.getRecordComponents()[1].getAnnotatedType(), new HashSet<>(), missing);
        assertEquals(3, missing.size(), missing.toString()); // the name, the list, its elements
    }

    private static void limits(String where, AnnotatedType type, Set<Class<?>> seen, List<String> missing) {
        Class<?> raw = StrictJson.raw(type.getType());
        if (raw == String.class) {
            if (!limited(type)) {
                missing.add(where + ": text without @Size or @Pattern");
            }
        } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            if (!limited(type)) {
                missing.add(where + ": " + raw.getSimpleName() + " without @Size");
            }
            if (type instanceof AnnotatedParameterizedType parameterized) {
                for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                    limits(where + "[]", argument, seen, missing);
                }
            }
        } else if (raw.isRecord() && seen.add(raw)) {
            for (RecordComponent component : raw.getRecordComponents()) {
                AnnotatedType annotated = component.getAnnotatedType();
                boolean onAccessor = component.getAccessor().isAnnotationPresent(Size.class)
                        || component.getAccessor().isAnnotationPresent(Pattern.class);
                if (onAccessor && StrictJson.raw(annotated.getType()) == String.class) {
                    continue;
                }
                limits(where + "." + component.getName(), annotated, seen, missing);
            }
        }
    }

    private static boolean limited(AnnotatedType type) {
        return type.isAnnotationPresent(Size.class) || type.isAnnotationPresent(Pattern.class);
    }

    private static boolean isResourceMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (NOT_BODY.contains(annotation.annotationType())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBound(Class<?> type) {
        return type.isRecord() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    private static List<Class<?>> resources() {
        List<Class<?>> resources = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fedmarket")) {
            if (c.isAnnotatedWith(Path.class) && !c.isInterface()) {
                resources.add(c.reflect());
            }
        }
        return resources;
    }
}
