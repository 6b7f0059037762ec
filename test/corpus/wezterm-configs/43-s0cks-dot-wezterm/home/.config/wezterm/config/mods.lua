return {
  SUPER = 'SUPER',
  SUPER_CTRL = 'SUPER|CTRL',
  NONE = 'NONE',
}
