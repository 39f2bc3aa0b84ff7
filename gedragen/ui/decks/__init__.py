"""Card sets: the page, the browser, the editor of own sets and the print dialog."""
