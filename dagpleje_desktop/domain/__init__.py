"""Pure domain rules and value types. Imports no framework and no other layer."""
