"""Files for people: PDF forms (``pdf``, reportlab) and Excel workbooks (``xlsx``), built from
plain data handed over by the services; no database, no Qt."""
