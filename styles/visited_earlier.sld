<?xml version="1.0" encoding="UTF-8"?>
<!-- Places visited more than 14 days ago: small, muted grey-purple, semi-transparent. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>visited_earlier</Name>
    <UserStyle>
      <Name>visited_earlier</Name>
      <Title>Địa điểm ca bệnh đã đến trên 14 ngày</Title>
      <Abstract>Chấm nhỏ màu tím xám mờ: địa điểm ca bệnh đã đến cách đây hơn 14 ngày.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>visited_earlier</Name>
          <Title>Đã đến trên 14 ngày</Title>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#8C7A9B</CssParameter>
                  <CssParameter name="fill-opacity">0.55</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#5E5266</CssParameter>
                  <CssParameter name="stroke-width">0.8</CssParameter>
                  <CssParameter name="stroke-opacity">0.7</CssParameter>
                </Stroke>
              </Mark>
              <Size>7</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
