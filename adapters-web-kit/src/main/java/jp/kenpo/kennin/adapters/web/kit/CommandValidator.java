package jp.kenpo.kennin.adapters.web.kit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Checks a command's bean-validation constraints (the limits the use cases declare) before it is
 * sent, turning each violation into a message next to the field of the same name.
 */
public final class CommandValidator implements AutoCloseable {
    private final ValidatorFactory factory;
    private final Validator validator;

    public CommandValidator() {
        this.factory = Validation.buildDefaultValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** @return true when the command may be sent; otherwise {@code form} holds why not */
    public boolean check(Object command, Form form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        for (ConstraintViolation<Object> v : violations) {
            String field = rootName(v.getPropertyPath());
            if (v.getConstraintDescriptor().getAnnotation() instanceof Size size) {
                form.rejectField(field, "form.field.tooLong", size.max());
            } else {
                form.rejectField(field, "form.field.invalid");
            }
        }
        return violations.isEmpty();
    }

    private static String rootName(Path path) {
        for (Path.Node node : path) {
            return node.getName();
        }
        return "";
    }

    @Override
    public void close() {
        factory.close();
    }
}
