import { specialHex } from '@/lib/heatmap/colour';

/** SVG patterns for masked and non-finite cells, in the same colours the canvas paints. */
export function PatternDefs({ idBase }: { idBase: string }) {
  return (
    <defs>
      <pattern
        id={`${idBase}-masked`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={6} height={6} fill={specialHex('maskedB')} />
        <rect width={3} height={6} fill={specialHex('maskedA')} />
      </pattern>
      <pattern id={`${idBase}-nonfinite`} width={6} height={6} patternUnits="userSpaceOnUse">
        <rect width={6} height={6} fill={specialHex('nonFiniteB')} />
        <rect width={3} height={3} fill={specialHex('nonFiniteA')} />
        <rect x={3} y={3} width={3} height={3} fill={specialHex('nonFiniteA')} />
      </pattern>
    </defs>
  );
}
