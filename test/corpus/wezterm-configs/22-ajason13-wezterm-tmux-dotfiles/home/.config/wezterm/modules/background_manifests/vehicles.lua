return {
  '100-vehicles/110-ae86-rainy-mountain-pass.png',
  '100-vehicles/120-rx7-fd-foggy-mountain-pass.png',
  '100-vehicles/130-rx7-fc-clear-night-pass.png',
  '100-vehicles/140-g35-rainy-mountain-pass.png',
  '100-vehicles/150-gr-corolla-foggy-mountain-pass.png',
  '100-vehicles/160-wrx-rainy-mountain-pass.png',
  '100-vehicles/170-mini-cooper-s-foggy-mountain-pass.png',
  '100-vehicles/180-1955-chevy-gasser-night-drag.png',
  '100-vehicles/190-honda-odyssey-elite-costco-night.png',
}
