package org.ctnat.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every CT-NAT value type: plain accessor names, JDK collections
 * only, copy methods ({@code with...}), and singular adders for list members
 * ({@code addCriterion}, {@code addPriority}), and no annotations discovered on the class path
 * (so the generated classes carry none that a user of the jar would need to compile against).
 *
 * <p>Applied in the {@code package-info.java} of each API package; it is an implementation
 * detail and not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"criterion:criteria", "priority:priorities", "language:languages"},
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    privateNoargConstructor = false,
    // no annotations found on the class path (org.immutables.value.Generated, javax/jakarta
    // Generated, ...): a user compiling against ctnat-core without Immutables then gets no
    // "Cannot find annotation method" warnings
    allowedClasspathAnnotations = {Override.class})
public @interface CtnatStyle {}
