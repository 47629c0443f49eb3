<?xml version="1.0" encoding="UTF-8"?>
<!-- Base map, provinces: a dark border over the districts, the province name when zoomed out. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>basemap_provinces</Name>
    <UserStyle>
      <Name>basemap_provinces</Name>
      <Title>Bản đồ nền: tỉnh</Title>
      <Abstract>Ranh giới tỉnh màu xám đậm; tên tỉnh khi thu nhỏ (từ tỉ lệ 1:1.000.000 trở lên).</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>province</Name>
          <Title>Tỉnh</Title>
          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#5E5A50</CssParameter>
              <CssParameter name="stroke-width">1.8</CssParameter>
            </Stroke>
          </LineSymbolizer>
        </Rule>
        <Rule>
          <Name>province_name</Name>
          <Title>Tên tỉnh</Title>
          <MinScaleDenominator>1000000</MinScaleDenominator>
          <TextSymbolizer>
            <Geometry><ogc:PropertyName>label_point</ogc:PropertyName></Geometry>
            <Label><ogc:PropertyName>name</ogc:PropertyName></Label>
            <Font>
              <CssParameter name="font-family">DejaVu Sans</CssParameter>
              <CssParameter name="font-size">13</CssParameter>
              <CssParameter name="font-weight">bold</CssParameter>
            </Font>
            <LabelPlacement>
              <PointPlacement>
                <AnchorPoint><AnchorPointX>0.5</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint>
              </PointPlacement>
            </LabelPlacement>
            <Halo>
              <Radius>2</Radius>
              <Fill><CssParameter name="fill">#FFFFFF</CssParameter></Fill>
            </Halo>
            <Fill>
              <CssParameter name="fill">#3A372F</CssParameter>
            </Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
