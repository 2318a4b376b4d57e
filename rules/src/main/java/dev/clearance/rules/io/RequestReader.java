package dev.clearance.rules.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.Jurisdiction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Turns request text into a {@link DecisionRequest}, or a {@link RequestException} naming every
 * field at fault: invalid JSON, unknown or missing fields, wrong values, texts over their limit,
 * unknown jurisdictions. Nothing half-understood reaches the engine.
 */
public final class RequestReader {

    /** Strict JSON: unknown fields, nulls for primitives, trailing garbage and coerced scalars are errors. */
    public static final ObjectMapper JSON = refuseCoercion(JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build());

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private RequestReader() {
    }

    /**
     * Refuses Jackson's friendly conversions on {@code mapper}: {@code 0} or {@code "false"} is not a
     * boolean, {@code 12345} is not a title. A value of the wrong type was not understood, and a
     * request that was not understood gets an error, never a verdict.
     */
    public static ObjectMapper refuseCoercion(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }

    public static DecisionRequest readJson(String json, LocalDate today) {
        return toRequest(parse(() -> JSON.readValue(json, DecisionRequestDocument.class)), today);
    }

    /** For callers that already hold a parsed tree (e.g. a YAML golden case). */
    public static DecisionRequest readTree(ObjectMapper mapper, JsonNode tree, LocalDate today) {
        return toRequest(parse(() -> mapper.treeToValue(tree, DecisionRequestDocument.class)), today);
    }

    /** Validates a document already bound by a framework (Spring MVC) and resolves its jurisdictions. */
    public static DecisionRequest toRequest(DecisionRequestDocument document, LocalDate today) {
        List<RequestError> errors = validate(document);
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        boolean all = false;
        List<String> codes = document.jurisdictions() == null ? List.of() : document.jurisdictions();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || code.isBlank()) {
                continue; // reported by validation
            }
            if (Jurisdiction.ALL.equalsIgnoreCase(code.trim())) {
                all = true;
            } else {
                int index = i;
                Jurisdiction.find(code).ifPresentOrElse(jurisdictions::add, () -> errors.add(new RequestError(
                        "jurisdictions[" + index + "]", "unknown jurisdiction `" + code
                                + "`; use US, US-XX for a state or DC (e.g. US-NV), CN, or ALL")));
            }
        }
        if (!errors.isEmpty()) {
            throw new RequestException(errors);
        }
        LocalDate asOf = document.asOf() == null ? today : document.asOf();
        return new DecisionRequest(document.subject(), Jurisdiction.expand(jurisdictions, all), asOf);
    }

    public static List<RequestError> validate(Object document) {
        List<RequestError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(document)) {
            errors.add(new RequestError(violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""),
                    violation.getMessage()));
        }
        errors.sort(Comparator.comparing(RequestError::field));
        return errors;
    }

    private interface Binding {
        DecisionRequestDocument bind() throws JsonProcessingException;
    }

    private static DecisionRequestDocument parse(Binding binding) {
        try {
            return binding.bind();
        } catch (JsonMappingException e) {
            throw new RequestException(List.of(bindingError(e)));
        } catch (JsonProcessingException e) {
            throw new RequestException(List.of(new RequestError("", "the request is not valid JSON: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")")));
        }
    }

    /**
     * Names the field at fault when JSON text does not bind to the request records: an unknown
     * field, a missing or unknown kind, a value of the wrong form, a missing required field.
     */
    public static RequestError bindingError(JsonMappingException e) {
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path.isEmpty() ? unknown.getPropertyName() : path;
            return new RequestError(field, "unknown field `" + unknown.getPropertyName() + "`; expected one of "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidTypeIdException) {
            return new RequestError(path.isEmpty() ? "subject.kind" : path + ".kind",
                    "missing or unknown kind; use EVENT_CONTRACT, PRODUCT or BUSINESS_NAME");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            String expected = target.isEnum()
                    ? "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                    : target == LocalDate.class ? "a date written YYYY-MM-DD" : "a " + target.getSimpleName();
            return new RequestError(path, "`" + format.getValue() + "` is not valid; expected " + expected);
        }
        if (e instanceof MismatchedInputException mismatched && e.getOriginalMessage().startsWith("Missing required")) {
            String missing = e.getOriginalMessage().replaceAll(".*'([^']+)'.*", "$1");
            String field = path.isEmpty() ? missing : path.endsWith(missing) ? path : path + "." + missing;
            return new RequestError(field, "is required");
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
