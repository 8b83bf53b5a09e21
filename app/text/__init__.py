"""Text tools without Qt: the share check (personal data in a message) and the next-word machine."""
