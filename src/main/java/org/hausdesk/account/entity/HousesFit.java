package org.hausdesk.account.entity;

import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraintvalidation.SupportedValidationTarget;
import jakarta.validation.constraintvalidation.ValidationTarget;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;
import org.hausdesk.house.entity.House;

/**
 * On a method that takes a {@link Role} and a collection of houses: {@link Account#housesFit} (a helper belongs to
 * at least one house). Reported on the houses parameter, with the method's other rules, so that a form shows it
 * beside its field together with everything else that is wrong.
 */
@Documented
@Constraint(validatedBy = HousesFit.Check.class)
@Target({METHOD, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface HousesFit {

    String message() default "{org.hausdesk.HousesFit.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @SupportedValidationTarget(ValidationTarget.PARAMETERS)
    class Check implements ConstraintValidator<HousesFit, Object[]> {

        @Override
        public boolean isValid(Object[] parameters, ConstraintValidatorContext context) {
            Role role = null;
            Collection<?> houses = null;
            int housesAt = -1;
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Role given) {
                    role = given;
                } else if (parameters[i] instanceof Collection<?> given && housesAt < 0) {
                    houses = given;
                    housesAt = i;
                }
            }
            @SuppressWarnings("unchecked")
            var fits = houses == null || Account.housesFit(role, (Collection<House>) houses);
            if (!fits) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addParameterNode(housesAt).addConstraintViolation();
            }
            return fits;
        }
    }
}
