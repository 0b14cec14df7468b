"""Training classes (SPEC R3–R5, R8–R9): classes and sessions, enrollment with waitlist and
substitution, attendance, closing with credit, the class, enrollment and sign-up imports,
and the data of the class's printed forms."""
