"""PDFs (cards, board, report, poster, protocol) and CSV/JSON. Imports core, never ui."""
