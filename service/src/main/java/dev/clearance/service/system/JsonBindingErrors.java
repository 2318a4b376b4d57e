package dev.clearance.service.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.clearance.rules.io.RequestError;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Names the field at fault when a JSON body does not bind to the request records. */
final class JsonBindingErrors {

    private JsonBindingErrors() {
    }

    static RequestError of(JsonMappingException e) {
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new RequestError(path, "unknown field `" + unknown.getPropertyName() + "`; expected one of "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidTypeIdException) {
            return new RequestError(path.isEmpty() ? "kind" : path + ".kind",
                    "missing or unknown kind; use EVENT_CONTRACT, PRODUCT or BUSINESS_NAME");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            String expected = target.isEnum()
                    ? "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", "))
                    : "a " + target.getSimpleName() + (target == java.time.LocalDate.class ? " written YYYY-MM-DD" : "");
            return new RequestError(path, "`" + format.getValue() + "` is not valid; expected " + expected);
        }
        return new RequestError(path, e.getOriginalMessage());
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
