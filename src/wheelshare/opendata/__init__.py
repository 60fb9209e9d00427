"""Open accessibility data read into domain venues, and written back out.

Pure parsers and mappers, with no database and no server: ``osm`` reads
OpenStreetMap extracts, ``a11yjson`` reads and writes A11yJSON. The feed's
import commands store what they return. Importing this package needs nothing
beyond the domain (osmium only once a ``.osm.pbf`` or ``.osm`` file is read).
"""
