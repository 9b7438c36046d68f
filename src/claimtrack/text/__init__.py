"""Text handling below the extractors: documents from files, sentences, source maps."""
