"""The embedded default: a procedural shapes world, a tiny DiT trained on it, and its analyzer."""
