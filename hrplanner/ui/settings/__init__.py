"""The agency settings dialog (機關設定) and its tabs."""
