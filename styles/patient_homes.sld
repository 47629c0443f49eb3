<?xml version="1.0" encoding="UTF-8"?>
<!-- Khu vực nơi ở của ca bệnh: a translucent red area (the home lies somewhere in it, never drawn); the case code shows from 1:25,000 inwards. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>patient_homes</Name>
    <UserStyle>
      <Name>patient_homes</Name>
      <Title>Nơi ở của ca bệnh</Title>
      <Abstract>Vùng đỏ nhạt bao quanh nơi ở của ca bệnh (không chỉ ra ngôi nhà); mã bệnh nhân hiện khi phóng to (từ tỉ lệ 1:25.000).</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>case_home</Name>
          <Title>Khu vực nơi ở ca bệnh (F0)</Title>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#D7191C</CssParameter>
              <CssParameter name="fill-opacity">0.35</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#D7191C</CssParameter>
              <CssParameter name="stroke-width">1.2</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>case_code_label</Name>
          <Title>Mã bệnh nhân (khi phóng to)</Title>
          <MaxScaleDenominator>25000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label>
              <ogc:PropertyName>case_code</ogc:PropertyName>
            </Label>
            <Font>
              <CssParameter name="font-family">DejaVu Sans</CssParameter>
              <CssParameter name="font-size">11</CssParameter>
              <CssParameter name="font-style">normal</CssParameter>
              <CssParameter name="font-weight">bold</CssParameter>
            </Font>
            <LabelPlacement>
              <PointPlacement>
                <AnchorPoint>
                  <AnchorPointX>0.5</AnchorPointX>
                  <AnchorPointY>0.5</AnchorPointY>
                </AnchorPoint>
              </PointPlacement>
            </LabelPlacement>
            <Halo>
              <Radius>1.5</Radius>
              <Fill>
                <CssParameter name="fill">#FFFFFF</CssParameter>
                <CssParameter name="fill-opacity">0.85</CssParameter>
              </Fill>
            </Halo>
            <Fill>
              <CssParameter name="fill">#8B0000</CssParameter>
            </Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
