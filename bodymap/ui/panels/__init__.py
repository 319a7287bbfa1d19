"""The dock panels: one base class (:mod:`.base`), each declared once (:mod:`.registry`)."""
