return {
  '000-general/000-mountain-night-lights.jpg',
}
