"""The Trips screen: travel companions."""
