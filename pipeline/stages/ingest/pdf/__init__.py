"""PDF input: journal pages read as text in reading order, at the ingest boundary.

``read_pdf(path, config) -> Document`` is the adapter ingest calls for ``.pdf`` files;
``assign_pages`` records each section's pages once the document is segmented.
Only ``chars.py`` talks to pdfium (pypdfium2).
"""

from pipeline.stages.ingest.pdf.document import assign_pages, pages_of, read_pdf
from pipeline.stages.ingest.pdf.reader import PdfConfig, PdfText, extract

__all__ = ["PdfConfig", "PdfText", "assign_pages", "extract", "pages_of", "read_pdf"]
