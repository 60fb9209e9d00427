from tests.ui.map.tile_server import tile_server

__all__ = ["tile_server"]
