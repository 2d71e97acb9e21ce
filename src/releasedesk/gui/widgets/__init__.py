"""Small widgets the form and the dialogs share: folding sections, one-line and growing text
fields, quiet choice and date inputs, wrapping table cells, the media contacts table."""
