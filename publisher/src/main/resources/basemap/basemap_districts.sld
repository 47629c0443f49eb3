<?xml version="1.0" encoding="UTF-8"?>
<!-- Base map, districts: a light land fill, thin grey borders, the district name from 1:1,000,000 to 1:300,000 (closer in, risk_areas names them). -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>basemap_districts</Name>
    <UserStyle>
      <Name>basemap_districts</Name>
      <Title>Bản đồ nền: huyện</Title>
      <Abstract>Nền sáng, ranh giới huyện màu xám, tên huyện từ tỉ lệ 1:1.000.000 đến 1:300.000 (lớn hơn thì lớp cấp độ dịch ghi tên).</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>district</Name>
          <Title>Huyện</Title>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#F6F4EE</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#A8A398</CssParameter>
              <CssParameter name="stroke-width">0.8</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>district_name</Name>
          <Title>Tên huyện</Title>
          <MinScaleDenominator>300000</MinScaleDenominator>
          <MaxScaleDenominator>1000000</MaxScaleDenominator>
          <TextSymbolizer>
            <Geometry><ogc:PropertyName>label_point</ogc:PropertyName></Geometry>
            <Label><ogc:PropertyName>name</ogc:PropertyName></Label>
            <Font>
              <CssParameter name="font-family">DejaVu Sans</CssParameter>
              <CssParameter name="font-size">12</CssParameter>
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
              <CssParameter name="fill">#4A4740</CssParameter>
            </Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
