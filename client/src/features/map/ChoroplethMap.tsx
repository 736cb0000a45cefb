import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ScoreCategory } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { BAND_FILL, BAND_RANGE, MAP_CATEGORIES, type MapValue } from './map-model';
import './ChoroplethMap.css';

export interface KecamatanProperties {
  kode: string;
  nama: string;
}
export type KecamatanGeo = FeatureCollection<Geometry, KecamatanProperties>;

export interface ChoroplethMapProps {
  geo: KecamatanGeo;
  values: ReadonlyMap<string, MapValue>;
  /** "total" bands on 0–1000; a cluster on its share of the maximum. */
  scale: 'total' | 'share';
  hrefOf: (kecamatanCode: string) => string;
  title: string;
}

const WIDTH = 600;
const HEIGHT = 680;

/** d3-geo wants clockwise outer rings; RFC 7946 files use the opposite. Flip a ring covering the globe. */
function rewound(feature: Feature<Geometry, KecamatanProperties>): Feature<Geometry, KecamatanProperties> {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const g = feature.geometry;
  if (g.type === 'Polygon')
    return { ...feature, geometry: { ...g, coordinates: g.coordinates.map((ring) => [...ring].reverse()) } };
  if (g.type === 'MultiPolygon')
    return {
      ...feature,
      geometry: { ...g, coordinates: g.coordinates.map((p) => p.map((ring) => [...ring].reverse())) },
    };
  return feature;
}

/** A pattern per band on top of its fill, so the map does not rely on colour alone. */
function BandPatterns() {
  const line = (d: string, stroke: string) => <path d={d} stroke={stroke} strokeWidth={1.2} />;
  return (
    <defs>
      <pattern id="band-pattern-none" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        {line('M0 0 V8', '#8a9692')}
      </pattern>
      <pattern id="band-pattern-pratama" width="8" height="8" patternUnits="userSpaceOnUse">
        <circle cx="4" cy="4" r="1.3" fill="#3d6b5d" />
      </pattern>
      <pattern id="band-pattern-madya" width="8" height="8" patternUnits="userSpaceOnUse">
        {line('M0 4 H8', '#2c5a4c')}
      </pattern>
      <pattern id="band-pattern-nindya" width="8" height="8" patternUnits="userSpaceOnUse">
        {line('M0 4 H8 M4 0 V8', '#1d4a3d')}
      </pattern>
      <pattern id="band-pattern-utama" width="8" height="8" patternUnits="userSpaceOnUse">
        {line('M4 0 V8', '#cfe7df')}
      </pattern>
      <pattern id="band-pattern-kla" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="none" />
      </pattern>
    </defs>
  );
}

export function BandSwatch({ category }: { category: ScoreCategory }) {
  return (
    <svg width="22" height="16" aria-hidden="true" className="band-swatch">
      <BandPatterns />
      <rect width="22" height="16" fill={BAND_FILL[category]} stroke="#555" />
      <rect width="22" height="16" fill={`url(#band-pattern-${category.toLowerCase()})`} />
    </svg>
  );
}

interface MapShape {
  code: string;
  name: string;
  d: string;
  centroid: [number, number];
}

/** The kecamatan's outlines projected onto the map's box, with their centroids for the labels. */
function useMapShapes(geo: KecamatanGeo): MapShape[] {
  return useMemo(() => {
    const features = geo.features.map(rewound);
    const collection: KecamatanGeo = { type: 'FeatureCollection', features };
    const projection = geoMercator().fitExtent(
      [
        [8, 8],
        [WIDTH - 8, HEIGHT - 8],
      ],
      collection,
    );
    const path = geoPath(projection);
    return features.map((feature) => ({
      code: feature.properties.kode,
      name: feature.properties.nama,
      d: path(feature) ?? '',
      centroid: path.centroid(feature),
    }));
  }, [geo]);
}

/** "Jatiasih: 712 dari 1000, Madya", or that the kecamatan has no data. */
function useDescribe(): (value: MapValue | undefined, name: string) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (value, name) =>
    value
      ? t('map.areaLabel', {
          name,
          value: formatNumber(value.value, language),
          max: formatNumber(value.max, language),
          band: t(`category.${value.category}`),
        })
      : t('map.noData', { name });
}

/**
 * The 12 kecamatan drawn from their boundaries (SVG, d3-geo, no tiles), filled by band with a
 * pattern per band, labelled with name and value; each area is a focusable link with a tooltip.
 */
export function ChoroplethMap({ geo, values, scale, hrefOf, title }: ChoroplethMapProps) {
  const [active, setActive] = useState<string | null>(null);
  const shapes = useMapShapes(geo);
  const describe = useDescribe();
  const activeShape = shapes.find((s) => s.code === active);
  const activeValue = active ? values.get(active) : undefined;
  const leave = (code: string) => setActive((current) => (current === code ? null : current));

  return (
    <div className="choropleth">
      <div className="choropleth-canvas">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-label={title}
          data-testid="kecamatan-map"
          className="choropleth-svg"
        >
          <BandPatterns />
          {shapes.map((shape) => {
            const value = values.get(shape.code);
            return (
              <MapArea
                key={shape.code}
                shape={shape}
                value={value}
                href={hrefOf(shape.code)}
                label={describe(value, value?.name ?? shape.name)}
                active={active === shape.code}
                onEnter={() => setActive(shape.code)}
                onLeave={() => leave(shape.code)}
              />
            );
          })}
          <MapLabels shapes={shapes} values={values} />
        </svg>
        {activeShape && (
          <div
            className="map-tooltip"
            role="tooltip"
            data-testid="map-tooltip"
            style={{
              left: `${(activeShape.centroid[0] / WIDTH) * 100}%`,
              top: `${(activeShape.centroid[1] / HEIGHT) * 100}%`,
            }}
          >
            {describe(activeValue, activeValue?.name ?? activeShape.name)}
          </div>
        )}
      </div>
      <MapLegend scale={scale} />
    </div>
  );
}

/** One kecamatan: a link (within the SPA) around its band fill and pattern. */
function MapArea({
  shape,
  value,
  href,
  label,
  active,
  onEnter,
  onLeave,
}: {
  shape: MapShape;
  value: MapValue | undefined;
  href: string;
  label: string;
  active: boolean;
  onEnter: () => void;
  onLeave: () => void;
}) {
  const navigate = useNavigate();
  const category = value?.category ?? 'NONE';
  return (
    <a
      href={href}
      aria-label={label}
      className={`map-link${active ? ' is-active' : ''}`}
      onClick={(event) => {
        event.preventDefault();
        navigate(href);
      }}
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
      onFocus={onEnter}
      onBlur={onLeave}
    >
      <path
        d={shape.d}
        fill={BAND_FILL[category]}
        className="map-area"
        data-testid={`map-area-${shape.code}`}
        data-value={value?.value ?? ''}
        data-category={category}
      />
      <path
        d={shape.d}
        fill={`url(#band-pattern-${category.toLowerCase()})`}
        className="map-area-pattern"
        aria-hidden="true"
      />
    </a>
  );
}

/** Name and value at each kecamatan's centroid (hidden from assistive technology: the links say it). */
function MapLabels({ shapes, values }: { shapes: readonly MapShape[]; values: ReadonlyMap<string, MapValue> }) {
  const { i18n } = useTranslation();
  return (
    <g className="map-labels" aria-hidden="true">
      {shapes.map((shape) => {
        const value = values.get(shape.code);
        const dark = value?.category === 'UTAMA' || value?.category === 'KLA';
        return (
          <text
            key={shape.code}
            x={shape.centroid[0]}
            y={shape.centroid[1]}
            textAnchor="middle"
            className={`map-label${dark ? ' map-label--on-dark' : ''}`}
          >
            <tspan x={shape.centroid[0]} dy="-0.2em">
              {value?.name ?? shape.name}
            </tspan>
            <tspan x={shape.centroid[0]} dy="1.2em" className="map-label-value">
              {value ? formatNumber(value.value, i18n.language) : '—'}
            </tspan>
          </text>
        );
      })}
    </g>
  );
}

/** Each band with its swatch and range, on 0–1000 or as a share of the maximum. */
function MapLegend({ scale }: { scale: ChoroplethMapProps['scale'] }) {
  const { t } = useTranslation();
  return (
    <ul className="map-legend" aria-label={t('map.legend')} data-testid="map-legend">
      {MAP_CATEGORIES.map((category) => {
        const [low, high] = BAND_RANGE[category];
        const range =
          scale === 'total'
            ? category === 'NONE'
              ? t('map.rangeBelow', { value: low === 0 ? high : low })
              : `${low}–${high}`
            : category === 'NONE'
              ? t('map.rangeBelow', { value: `${high / 10}%` })
              : `${low / 10}–${high / 10}%`;
        return (
          <li key={category}>
            <BandSwatch category={category} /> {t(`category.${category}`)}{' '}
            <span className="map-legend-range">({range})</span>
          </li>
        );
      })}
    </ul>
  );
}
