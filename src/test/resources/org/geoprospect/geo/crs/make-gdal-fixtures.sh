#!/bin/sh
# Regenerates the GDAL oracle files of this folder and the areas-of-use table of the main resources.
# Needs gdal-bin (Debian: apt-get install gdal-bin). Run from this folder: sh make-gdal-fixtures.sh
set -eu
MAIN=../../../../../../main/resources/org/geoprospect/geo/crs
CODES="4326 4267 4269 4258 4171 2154 3857"
CODES="$CODES $(seq 3942 3950) 27571 27572 27573 27574 27561 27562 27563 27564"
CODES="$CODES $(seq 32601 32660) $(seq 32701 32760) $(seq 25828 25838) $(seq 26901 26923) $(seq 26701 26722)"
# Angers, France (longitude, latitude), and a point of each UTM zone's own band for the UTM codes.
ANGERS_LON=-0.54774
ANGERS_LAT=47.47381
: > gdal-wkt1-esri.tsv; : > gdal-wkt1.tsv; : > gdal-wkt-simple.tsv; : > gdal-wkt2.tsv
: > gdal-positions.tsv  # columns: code lon lat x y (from EPSG:4326), base code, x y (from that base)
printf '# code\tminLon\tminLat\tmaxLon\tmaxLat\t(EPSG area of use, from GDAL %s: gdalsrsinfo -o wkt2 BBOX)\n' \
    "$(gdalsrsinfo --version | cut -d, -f1 | cut -d' ' -f2)" > "$MAIN/areas-of-use.tsv"
for code in $CODES; do
    printf '%s\t%s\n' "$code" "$(gdalsrsinfo --single-line -o wkt_esri EPSG:$code | tr -d '\n')" >> gdal-wkt1-esri.tsv
    printf '%s\t%s\n' "$code" "$(gdalsrsinfo --single-line -o wkt1 EPSG:$code | tr -d '\n')" >> gdal-wkt1.tsv
    printf '%s\t%s\n' "$code" "$(gdalsrsinfo --single-line -o wkt_simple EPSG:$code | tr -d '\n')" >> gdal-wkt-simple.tsv
    wkt2=$(gdalsrsinfo --single-line -o wkt2 EPSG:$code | tr -d '\n')
    printf '%s\t%s\n' "$code" "$wkt2" >> gdal-wkt2.tsv
    # WKT2 BBOX is [south, west, north, east]; the table is lon/lat ordered.
    echo "$wkt2" | sed -n 's/.*BBOX\[\([^]]*\)\].*/\1/p' | \
        awk -F, -v c="$code" '{printf "%s\t%s\t%s\t%s\t%s\n", c, $2, $1, $4, $3}' >> "$MAIN/areas-of-use.tsv"
    case $code in
        326??|327??|258??|269??|267??)
            # A point inside the zone: 1 degree east of its central meridian, 30 degrees from the equator.
            zone=$(expr "${code#???}" + 0)
            lon=$(expr "$zone" \* 6 - 183 + 1)
            case $code in 327??) lat=-30 ;; 269??|267??) lat=40 ;; *) lat=45 ;; esac ;;
        *) lon=$ANGERS_LON; lat=$ANGERS_LAT ;;
    esac
    # The base geographic CRS, so that the second pair is the projection alone, without datum shift.
    case $code in
        326??|327??|3857|4326) base=4326 ;; 258??|4258) base=4258 ;; 269??|4269) base=4269 ;;
        267??|4267) base=4267 ;; 275??|275??) base=4275 ;; *) base=4171 ;;
    esac
    xy=$(echo "$lon $lat" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:$code -output_xy)
    bxy=$(echo "$lon $lat" | gdaltransform -s_srs EPSG:$base -t_srs EPSG:$code -output_xy)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$code" "$lon" "$lat" "$(echo $xy | tr ' ' '\t')" "$base" \
        "$(echo $bxy | tr ' ' '\t')" >> gdal-positions.tsv
done
